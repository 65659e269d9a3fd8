import Foundation
import HocVuBuild
import HocVuCore
import Testing
import ZIPFoundation

/// `hocvu export`: Common Cartridge, GIFT and SCORM packages of a small site
/// whose quiz has every kind of question and GIFT's special characters.
@Suite struct ExportTests {
    static var files: [String: String] {
        var files = minimalSite
        files["content/site.yml"]? += "base_url: https://hoc.vi-du.gov.vn/xa/\n"
        files["content/courses/an-toan/02-mat-khau.md"]? += """

            Xem thêm [trang giới thiệu](../../pages/gioi-thieu.md).

            ```quiz id=mat-khau pass=80
            1. Mật khẩu nào *an toàn* nhất? {dấu ngoặc} a=b: #1 ~ \\ cuối
               - [ ] 123456
                 > Quá dễ đoán: 1 = 1.
               - [x] Cụm từ dài: ~4 từ {ngẫu nhiên}
               > Cụm từ dài khó đoán hơn.
            2. Dấu hiệu lừa đảo?

               ![Điện thoại](assets/dt.svg)

               - [x] Giục gấp
               - [x] Đòi mã OTP
               - [x] Đòi phí trước
               - [ ] Nhắc lịch
               > Ba dấu hiệu.
            3. Mã nào ngân hàng gửi để xác nhận giao dịch?
               - [=] mã OTP
               - [=] OTP
               > Mã OTP.
            ```

            """
        files["content/pages/gioi-thieu.md"] = "---\ntitle: Giới thiệu\n---\nXin chào.\n"
        return files
    }

    static func export(_ site: TempSite, courses: [String] = [], strict: Bool = false) -> ExportPipeline.Report {
        let options = BuildOptions(content: site.content, contentDisplay: "content",
                                   output: site.root.appendingPathComponent("exports"), strict: strict)
        return ExportPipeline(options: options, courses: courses).run()
    }

    static func entries(_ url: URL) throws -> [String: Data] {
        let archive = try Archive(url: url, accessMode: .read)
        var result: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            result[entry.path] = data
        }
        return result
    }

    @Test func everyCourseGetsThreePackagesThatAreTheSameEveryTime() throws {
        let site = try TempSite(Self.files)
        defer { site.remove() }
        let report = Self.export(site)
        #expect(report.build.places == [])
        #expect(report.written == ["an-toan.imscc", "an-toan.gift", "an-toan.scorm.zip"])
        let folder = site.root.appendingPathComponent("exports")
        let first = try report.written.map { try Data(contentsOf: folder.appendingPathComponent($0)) }
        #expect(Self.export(site).build.places == [])
        let second = try report.written.map { try Data(contentsOf: folder.appendingPathComponent($0)) }
        #expect(first == second)
        let names = try Archive(url: folder.appendingPathComponent("an-toan.imscc"), accessMode: .read).map(\.path)
        #expect(names == names.sorted())
    }

    @Test func theCartridgeIsWhatMoodleImports() throws {
        let site = try TempSite(Self.files)
        defer { site.remove() }
        #expect(Self.export(site).build.places == [])
        let files = try Self.entries(site.root.appendingPathComponent("exports/an-toan.imscc"))
        #expect(Set(files.keys) == [
            "imsmanifest.xml", "courses/an-toan/index.html", "courses/an-toan/lua-dao/index.html",
            "courses/an-toan/mat-khau/index.html", "courses/an-toan/assets/dt.svg", "quizzes/mat-khau/assessment.xml",
        ])
        let manifest = String(decoding: try #require(files["imsmanifest.xml"]), as: UTF8.self)
        // Moodle looks for the plain default namespace in the first 1,024 bytes.
        #expect(String(decoding: Data(manifest.utf8).prefix(1024), as: UTF8.self).contains("xmlns=\"http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1\""))
        #expect(manifest.contains("<schemaversion>1.1.0</schemaversion>"))
        #expect(manifest.contains("type=\"imsqti_xmlv1p2/imscc_xmlv1p1/assessment\""))
        #expect(manifest.contains("<file href=\"courses/an-toan/assets/dt.svg\"/>"))
        // The lesson page: without the quiz form, its links kept or made absolute.
        let lesson = String(decoding: try #require(files["courses/an-toan/mat-khau/index.html"]), as: UTF8.self)
        #expect(!lesson.contains("<form"))
        #expect(lesson.contains("href=\"../lua-dao/index.html#dau-hieu\""))
        #expect(lesson.contains("href=\"https://hoc.vi-du.gov.vn/xa/pages/gioi-thieu/\""))

        let qti = String(decoding: try #require(files["quizzes/mat-khau/assessment.xml"]), as: UTF8.self)
        #expect(qti.contains("<questestinterop xmlns=\"http://www.imsglobal.org/xsd/ims_qtiasiv1p2\""))
        for profile in ["cc.multiple_choice.v0p1", "cc.multiple_response.v0p1", "cc.fib.v0p1"] {
            #expect(qti.contains("<fieldentry>\(profile)</fieldentry>"), "\(profile)")
        }
        // Single choice: the right one scores; multiple: right ones and not the wrong one.
        #expect(qti.contains("<varequal respident=\"R_Q_mat-khau_1\">C2</varequal></conditionvar><setvar varname=\"SCORE\" action=\"Set\">100</setvar>"))
        #expect(qti.contains("<and><varequal respident=\"R_Q_mat-khau_2\" case=\"Yes\">C1</varequal><varequal respident=\"R_Q_mat-khau_2\" case=\"Yes\">C2</varequal><varequal respident=\"R_Q_mat-khau_2\" case=\"Yes\">C3</varequal><not><varequal respident=\"R_Q_mat-khau_2\" case=\"Yes\">C4</varequal></not></and>"))
        // Typed answers, with and without Vietnamese marks.
        #expect(qti.contains(">mã OTP</varequal><varequal respident=\"R_Q_mat-khau_3\" case=\"No\">ma OTP</varequal><varequal respident=\"R_Q_mat-khau_3\" case=\"No\">OTP</varequal>"))
        // Question text: non-ASCII as references; the picture from the assessment's folder.
        #expect(qti.contains("M&amp;#7853;t kh&amp;#7849;u"))
        #expect(qti.contains("src=&quot;$IMS-CC-FILEBASE$../../courses/an-toan/assets/dt.svg&quot;"))
        #expect(qti.contains("<itemfeedback ident=\"Q_mat-khau_1_C1\">"))
    }

    @Test func giftReadsBackWithEveryAnswerWeightAndEscape() throws {
        let site = try TempSite(Self.files)
        defer { site.remove() }
        #expect(Self.export(site).build.places == [])
        let text = try #require(site.read("exports/an-toan.gift"))
        let questions = try GIFTReader.read(text)
        #expect(questions.count == 3)
        #expect(questions.allSatisfy { $0.category == "$course$/top/An toàn trên mạng/Mật khẩu mạnh" && $0.format == "html" })
        #expect(questions.map(\.name) == ["mat-khau 1", "mat-khau 2", "mat-khau 3"])
        // As Moodle will read them: two choice questions, one typed answer.
        #expect(questions.map(\.kind) == [.multichoice, .multichoice, .shortanswer])

        let first = questions[0]
        #expect(first.text == "Mật khẩu nào <em>an toàn</em> nhất? {dấu ngoặc} a=b: #1 ~ \\ cuối")
        #expect(first.answers.map(\.correct) == [false, true])
        #expect(first.answers[1].text == "Cụm từ dài: ~4 từ {ngẫu nhiên}")
        #expect(first.answers[0].feedback == "<p>Quá dễ đoán: 1 = 1.</p>")
        #expect(first.generalFeedback == "<p>Cụm từ dài khó đoán hơn.</p>")

        let second = questions[1]
        #expect(second.answers.map(\.weight) == [33.33333, 33.33333, 33.33333, -100])
        #expect(second.text.contains("src=\"https://hoc.vi-du.gov.vn/xa/courses/an-toan/assets/dt.svg\""))
        #expect(questions[2].answers.map(\.text) == ["mã OTP", "ma OTP", "OTP"])
        #expect(questions[2].answers.allSatisfy { $0.correct })
    }

    @Test func giftEscapesEverySpecialCharacter() throws {
        let tricky = "a~b=c#d{e}f:g\\h\ni"
        let escaped = GIFTText.escape(tricky)
        #expect(escaped == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni")
        let back = try GIFTReader.read("::q::\(escaped) {=\(escaped)}\n")
        #expect(back.first?.answers.first?.text == "a~b=c#d{e}f:g\\h\ni")
    }

    @Test func theSCORMPackageReportsToTheLMS() throws {
        let site = try TempSite(Self.files)
        defer { site.remove() }
        #expect(Self.export(site).build.places == [])
        let files = try Self.entries(site.root.appendingPathComponent("exports/an-toan.scorm.zip"))
        for path in ["imsmanifest.xml", "assets/style.css", "assets/quiz.js", "assets/scorm.js", "courses/an-toan/mat-khau/index.html"] {
            #expect(files[path] != nil, "\(path)")
        }
        let manifest = String(decoding: try #require(files["imsmanifest.xml"]), as: UTF8.self)
        #expect(manifest.contains("<schemaversion>1.2</schemaversion>"))
        #expect(manifest.contains("xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\""))
        #expect(manifest.contains("<title>Mật khẩu mạnh</title>\n        <adlcp:masteryscore>80</adlcp:masteryscore>"))
        #expect(manifest.contains("adlcp:scormtype=\"sco\" href=\"courses/an-toan/mat-khau/index.html\""))
        // Every file the manifest names is in the package.
        let hrefs = manifest.components(separatedBy: "<file href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(!hrefs.isEmpty && hrefs.allSatisfy { files[$0] != nil })
        let lesson = String(decoding: try #require(files["courses/an-toan/mat-khau/index.html"]), as: UTF8.self)
        #expect(lesson.contains("<form class=\"quiz\" id=\"quiz-mat-khau\""))
        #expect(lesson.contains("<script src=\"../../../assets/quiz.js\"></script>\n<script src=\"../../../assets/scorm.js\"></script>"))
        let runtime = String(decoding: try #require(files["assets/scorm.js"]), as: UTF8.self)
        #expect(runtime.contains("LMSSetValue(\"cmi.core.score.raw\"") && runtime.contains("hocvu:quiz-checked"))
        #expect(String(decoding: try #require(files["assets/quiz.js"]), as: UTF8.self).contains("hocvu:quiz-checked"))
    }

    @Test func withoutBaseURLALinkOutOfTheCourseIsAWarning() throws {
        var files = Self.files
        files["content/site.yml"] = files["content/site.yml"]?.replacingOccurrences(of: "base_url: https://hoc.vi-du.gov.vn/xa/\n", with: "")
        let site = try TempSite(files)
        defer { site.remove() }
        let report = Self.export(site)
        #expect(report.build.places == [
            "content/courses/an-toan/02-mat-khau.md:8:41 export.outside-link",
            // The quiz's picture: fine in the packages, not from a GIFT file.
            "content/courses/an-toan/02-mat-khau.md:16:1 export.outside-link",
        ])
        #expect(report.written.count == 3)
        // --strict: the warning is an error and nothing is written.
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("exports"))
        let strict = Self.export(site, strict: true)
        #expect(strict.build.exitCode == 1 && strict.written.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("exports").path))
    }

    @Test func contentErrorsAndUnknownCoursesWriteNothing() throws {
        var files = Self.files
        files["content/courses/an-toan/01-lua-dao.md"]? += "\n[hỏng](khong-co.md)\n"
        let broken = try TempSite(files)
        defer { broken.remove() }
        let report = Self.export(broken)
        #expect(report.build.exitCode == 1 && report.written.isEmpty)
        #expect(report.build.places.contains("content/courses/an-toan/01-lua-dao.md:9:1 link.missing-file"))

        let site = try TempSite(Self.files)
        defer { site.remove() }
        let unknown = Self.export(site, courses: ["an-toam"])
        #expect(unknown.build.exitCode == 2 && unknown.written.isEmpty)
        #expect(unknown.build.diagnostics.items.first?.message == "there is no course 'an-toam' (did you mean 'an-toan'?)")
        #expect(Self.export(site, courses: ["an-toan"]).written.count == 3)
    }

    @Test func unusualNamesKeepManifestIDsUniqueAndHrefsEncoded() throws {
        var files = Self.files
        // A lesson named like the overview, a quiz named like a lesson, a
        // static file whose name needs encoding, CRLF line ends.
        files["content/courses/an-toan/03-course.md"] = "---\r\ntitle: Bài \"course\" & <thử>\r\n---\r\nTải [mẫu](</tai-lieu/tài liệu 100% & mẫu.txt>).\r\n\r\n```quiz id=lua-dao\r\n1. Chọn?\r\n   - [x] A\r\n   - [ ] B\r\n   > Vì A.\r\n```\r\n"
        files["content/static/tai-lieu/tài liệu 100% & mẫu.txt"] = "mẫu\n"
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(Self.export(site).build.places == [])
        for name in ["an-toan.imscc", "an-toan.scorm.zip"] {
            let entries = try Self.entries(site.root.appendingPathComponent("exports/\(name)"))
            let manifest = String(decoding: try #require(entries["imsmanifest.xml"]), as: UTF8.self)
            let ids = manifest.components(separatedBy: " identifier=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            #expect(ids.count > 8 && Set(ids).count == ids.count, "\(name): \(ids)")
            #expect(manifest.contains("href=\"tai-lieu/t%C3%A0i%20li%E1%BB%87u%20100%25%20&amp;%20m%E1%BA%ABu.txt\""), "\(name)")
            #expect(entries["tai-lieu/tài liệu 100% & mẫu.txt"] == Data("mẫu\n".utf8), "\(name)")
            // The page links to the copy in the package, not to the site.
            let page = String(decoding: try #require(entries["courses/an-toan/course/index.html"]), as: UTF8.self)
            #expect(page.contains("href=\"../../../tai-lieu/t%C3%A0i%20li%E1%BB%87u%20100%25%20&amp;%20m%E1%BA%ABu.txt\""), "\(name)")
            #expect(page.contains("<title>Bài &quot;course&quot; &amp; &lt;thử&gt;</title>"))
        }
    }

    @Test func questionsMoodleWouldMisreadAreLeftOutOfGIFT() throws {
        var files = Self.files
        files["content/courses/an-toan/01-lua-dao.md"]? += """

            ```quiz id=lua-dao
            1. Đồng ý với quy ước?
               - [x] Đồng ý
               > Cả lớp cùng giữ.
            2. Mở mục nào?
               - [=] Cài đặt -> Bảo mật
               > Trong Cài đặt.
            3. Còn lại?
               - [x] Có
               - [ ] Chưa
               > Có.
            ```

            """
        let site = try TempSite(files)
        defer { site.remove() }
        let report = Self.export(site)
        #expect(report.build.places == [
            "content/courses/an-toan/01-lua-dao.md:10:1 export.gift-skipped",
            "content/courses/an-toan/01-lua-dao.md:13:1 export.gift-skipped",
        ])
        let questions = try GIFTReader.read(try #require(site.read("exports/an-toan.gift")))
        #expect(questions.map(\.name) == ["lua-dao 3", "mat-khau 1", "mat-khau 2", "mat-khau 3"])
        // The cartridge keeps all of them.
        let qti = try Self.entries(site.root.appendingPathComponent("exports/an-toan.imscc"))["quizzes/lua-dao/assessment.xml"]
        #expect(qti.map { String(decoding: $0, as: UTF8.self).components(separatedBy: "<item ident=").count - 1 } == 3)
    }

    @Test func aLessonWhoseQuizzesDifferInPassMarkHasNoMasteryScore() throws {
        var files = Self.files
        files["content/courses/an-toan/02-mat-khau.md"]? += """

            ```quiz id=mat-khau-2 pass=50
            1. Thêm?
               - [x] Có
               - [ ] Không biết
               > Có.
            ```

            """
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(Self.export(site).build.places == [])
        let manifest = String(decoding: try #require(
            try Self.entries(site.root.appendingPathComponent("exports/an-toan.scorm.zip"))["imsmanifest.xml"]), as: UTF8.self)
        #expect(manifest.contains("<title>Mật khẩu mạnh</title>\n      </item>"))
        #expect(!manifest.contains("masteryscore"))
    }

    @Test func aBaseURLFromTheCommandLineMustBeAbsolute() throws {
        let site = try TempSite(Self.files)
        defer { site.remove() }
        var options = BuildOptions(content: site.content, contentDisplay: "content",
                                   output: site.root.appendingPathComponent("exports"))
        options.baseURL = "example.gov.vn/hoc"
        let report = ExportPipeline(options: options).run()
        #expect(report.build.exitCode == 2 && report.written.isEmpty)
        #expect(report.build.diagnostics.items.map(\.code) == ["usage.base-url"])
        options.output = site.root.appendingPathComponent("site")
        #expect(BuildPipeline(options: options).run().exitCode == 2)
    }

    @Test func aCourseWithoutQuizzesHasNoQuestionBankAndLosesAnOldOne() throws {
        let site = try TempSite(Self.files)
        defer { site.remove() }
        #expect(Self.export(site).written.contains("an-toan.gift"))
        try site.write("content/courses/an-toan/02-mat-khau.md", "---\ntitle: Mật khẩu mạnh\n---\n## Tạo mật khẩu\n\nKhông có câu hỏi.\n")
        let report = Self.export(site)
        #expect(report.build.places == [])
        #expect(report.written == ["an-toan.imscc", "an-toan.scorm.zip"])
        #expect(site.read("exports/an-toan.gift") == nil)
    }
}
