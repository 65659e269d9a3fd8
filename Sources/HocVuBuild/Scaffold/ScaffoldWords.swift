/// The placeholder texts `new` writes, in the portal's language: enough for
/// a clean `build --strict`, plain enough to be replaced.
struct ScaffoldWords {
    var choose: String
    var courseSummary: String
    var courseBody: String
    var lessonSummary: String
    var lessonBody: String
    var pageSummary: String
    var pageBody: String
    var newsSummary: String
    var newsBody: String

    init(language: String) {
        if language.hasPrefix("vi") {
            choose = "có thể chọn"
            courseSummary = "Một hoặc hai câu cho biết khóa học giúp người học làm được gì."
            courseBody = "Giới thiệu khóa học: dành cho ai, học xong làm được gì. Thêm bài học bằng lệnh `hocvu new lesson \"Tên bài\"`."
            lessonSummary = "Một câu cho biết bài học này dạy điều gì."
            lessonBody = "## Nội dung chính\n\nViết bài học ở đây, câu ngắn, lời lẽ dễ hiểu."
            pageSummary = "Một câu cho biết trang này có gì."
            pageBody = "Viết nội dung trang ở đây."
            newsSummary = "Một câu tóm tắt tin."
            newsBody = "Viết nội dung tin ở đây."
        } else {
            choose = "choices"
            courseSummary = "One or two sentences on what the course lets a learner do."
            courseBody = "About the course: who it is for and what learners can do afterwards. Add lessons with `hocvu new lesson \"Lesson title\"`."
            lessonSummary = "One sentence on what this lesson teaches."
            lessonBody = "## Main points\n\nWrite the lesson here, in short, plain sentences."
            pageSummary = "One sentence on what this page holds."
            pageBody = "Write the page here."
            newsSummary = "One sentence that sums up the news."
            newsBody = "Write the news here."
        }
    }
}
