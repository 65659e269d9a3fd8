/// `hocvu init`: a new portal that builds cleanly with `--strict`: site.yml
/// with audiences, competencies and levels explained, one course of two
/// lessons (the second with a quiz), a page, a news item, a `.gitignore`
/// and a CI workflow.
public struct PortalTemplate: Sendable {
    public var language: String
    /// Today (`YYYY-MM-DD`), the news item's date.
    public var today: String

    public init(language: String, today: String) {
        self.language = language
        self.today = today
    }

    public static let languages = ["vi", "en"]

    public var files: [ScaffoldFile] {
        let words = language == "en" ? Self.english(today) : Self.vietnamese(today)
        return words + [ScaffoldFile(".gitignore", Self.gitignore), ScaffoldFile(".github/workflows/hocvu.yml", Self.workflow)]
    }

    static let gitignore = """
        # Built by hocvu: made again by every build.
        /site/
        /site.zip
        /exports/
        /.site.hocvu-*
        # Answers of `hocvu check --external`, kept for a day.
        /.hocvu-cache/

        """

    /// GitHub Actions: Swift from its official image, libcmark from Debian,
    /// hocvu built from its repository at a pinned tag.
    static let workflow = """
        # Builds the portal on every push and keeps the site as an artifact.
        # Errors and warnings appear as annotations on the lines that cause them.
        name: hocvu
        on: [push, pull_request]

        env:
          # The hocvu repository your organisation uses, and the version to build.
          HOCVU_REPOSITORY: https://github.com/hocvu/hocvu.git
          HOCVU_VERSION: v0.1.0

        jobs:
          build:
            runs-on: ubuntu-latest
            container: swift:6.1-bookworm
            steps:
              - uses: actions/checkout@v4
              - name: Install libcmark
                run: apt-get update && apt-get install -y --no-install-recommends libcmark-dev pkg-config git
              - name: Build hocvu ${{ env.HOCVU_VERSION }}
                run: |
                  git clone --depth 1 --branch "$HOCVU_VERSION" "$HOCVU_REPOSITORY" /tmp/hocvu
                  swift build -c release --package-path /tmp/hocvu
              - name: Build the portal
                run: /tmp/hocvu/.build/release/hocvu build --strict --format github
              - uses: actions/upload-artifact@v4
                with:
                  name: site
                  path: site/

        """

    static func vietnamese(_ today: String) -> [ScaffoldFile] {
        [
            ScaffoldFile("content/site.yml", """
                # Cài đặt của cổng học tập. Sau mỗi lần sửa, chạy: hocvu build --strict
                title: "Cổng học tập kỹ năng số"
                description: "Các khóa học ngắn giúp mọi người dùng công nghệ số an toàn, hiệu quả."
                language: vi
                # Địa chỉ cổng khi đưa lên mạng (sơ đồ trang, bản tin RSS, danh mục khóa học cần nó):
                # base_url: "https://example.gov.vn/hoc-vu-so/"

                # Đối tượng người học. Mỗi khóa học ghi đối tượng của mình bằng mã (bên trái),
                # ví dụ "audiences: [nguoi-dan]"; trang danh mục có bộ lọc theo đối tượng.
                audiences:
                  nguoi-dan:
                    name: "Người dân"
                    description: "Mọi người dân muốn dùng điện thoại thông minh an toàn."
                  can-bo:
                    name: "Cán bộ, công chức, viên chức"
                    description: "Người làm việc trong cơ quan nhà nước."

                # Năng lực số mà khóa học rèn luyện ("competencies: [an-toan]" trong course.md).
                # Có thể dùng các miền của khung năng lực số địa phương áp dụng.
                competencies:
                  an-toan:
                    name: "An toàn"
                    description: "Bảo vệ thiết bị, dữ liệu cá nhân khi dùng công nghệ số."
                  khai-thac-du-lieu:
                    name: "Khai thác dữ liệu và thông tin"
                    description: "Tìm kiếm và đánh giá độ tin cậy của thông tin trên mạng."

                # Trình độ của khóa học ("level: co-ban" trong course.md), từ dễ đến khó.
                levels:
                  co-ban:
                    name: "Cơ bản"
                  nang-cao:
                    name: "Nâng cao"

                # Tỉ lệ câu đúng (phần trăm) để đạt bài ôn tập.
                quiz_pass_percent: 70

                """),
            ScaffoldFile("content/index.md", """
                ---
                title: Trang chủ
                ---

                # Chào mừng bạn đến với lớp học số

                Các khóa học ở đây ngắn, viết bằng lời lẽ dễ hiểu và học được ngay trên điện thoại.

                """),
            ScaffoldFile("content/courses/dung-dien-thoai-an-toan/course.md", """
                ---
                title: Dùng điện thoại an toàn
                summary: Nhận biết tin nhắn lừa đảo và đặt mật khẩu mạnh cho tài khoản của mình.
                audiences: [nguoi-dan, can-bo]
                level: co-ban
                competencies: [an-toan]
                tags: [lừa đảo trực tuyến, mật khẩu]
                outcomes:
                  - Nhận ra dấu hiệu của tin nhắn lừa đảo.
                  - Tự đặt được mật khẩu mạnh.
                featured: true
                ---

                Khóa học gồm hai bài ngắn, mỗi bài khoảng 15 phút.

                """),
            ScaffoldFile("content/courses/dung-dien-thoai-an-toan/01-nhan-biet-tin-nhan-lua-dao.md", """
                ---
                title: Nhận biết tin nhắn lừa đảo
                summary: Những dấu hiệu giúp nhận ra một tin nhắn lừa đảo.
                duration: 15m
                ---

                ## Dấu hiệu thường gặp

                - Giục bạn làm ngay, kẻo "bị khóa tài khoản".
                - Gửi đường link lạ và đòi đăng nhập.
                - Hỏi mã OTP hoặc mật khẩu.

                > [!TIP]
                > Khi nghi ngờ, gọi lại cho cơ quan hoặc người quen bằng số bạn đã lưu từ trước.

                Bài sau: [đặt mật khẩu mạnh](02-dat-mat-khau-manh.md).

                """),
            ScaffoldFile("content/courses/dung-dien-thoai-an-toan/02-dat-mat-khau-manh.md", """
                ---
                title: Đặt mật khẩu mạnh
                summary: Cách đặt một mật khẩu dài, dễ nhớ mà khó đoán.
                duration: 15m
                ---

                ## Mật khẩu mạnh là gì?

                Mật khẩu mạnh dài từ 12 ký tự, ghép từ nhiều từ mà chỉ bạn biết, và mỗi tài khoản một mật khẩu riêng.

                ## Câu hỏi ôn tập

                ```quiz
                1. Mật khẩu nào mạnh nhất?
                   - [ ] Dãy số 123456
                   - [ ] Ngày tháng năm sinh
                   - [x] Ba từ ghép kèm một số
                   > Mật khẩu dài, ghép từ nhiều từ, khó đoán hơn nhiều so với số hay ngày sinh.

                2. Nên làm gì khi có người gọi điện hỏi mã OTP?
                   - [ ] Đọc mã cho họ
                   - [x] Từ chối và gác máy
                   > Cơ quan và ngân hàng chỉ gửi mã OTP để bạn tự dùng, họ chẳng bao giờ hỏi lại.
                ```

                """),
            ScaffoldFile("content/pages/gioi-thieu.md", """
                ---
                title: Giới thiệu
                summary: Cổng học tập này là gì và ai vận hành.
                menu: true
                order: 1
                ---

                Cổng học tập kỹ năng số do địa phương vận hành. Mọi khóa học đều miễn phí.

                """),
            ScaffoldFile("content/news/\(today)-ra-mat-cong-hoc-tap.md", """
                ---
                title: Ra mắt cổng học tập kỹ năng số
                summary: Cổng học tập mới mở với khóa học đầu tiên về dùng điện thoại an toàn.
                ---

                Cổng học tập kỹ năng số chính thức mở. Mời bạn bắt đầu với khóa học [Dùng điện thoại an toàn](../courses/dung-dien-thoai-an-toan/course.md).

                """),
        ]
    }

    static func english(_ today: String) -> [ScaffoldFile] {
        [
            ScaffoldFile("content/site.yml", """
                # The portal's settings. After each change, run: hocvu build --strict
                title: "Digital skills portal"
                description: "Short courses that help everyone use digital technology safely."
                language: en
                # The portal's address once online (the sitemap, feed and catalogs need it):
                # base_url: "https://example.org/courses/"

                # Who the courses are for. A course names its audiences by id (on the left),
                # e.g. "audiences: [residents]"; the catalog filters by audience.
                audiences:
                  residents:
                    name: "Residents"
                    description: "Anyone who wants to use a smartphone safely."
                  civil-servants:
                    name: "Civil servants"
                    description: "People who work in public administration."

                # The digital competencies a course trains ("competencies: [safety]" in course.md).
                # Use the areas of the competence framework you follow.
                competencies:
                  safety:
                    name: "Safety"
                    description: "Protecting devices and personal data."
                  information:
                    name: "Information and data"
                    description: "Finding information online and judging whether it can be trusted."

                # Course levels ("level: basic" in course.md), from easiest to hardest.
                levels:
                  basic:
                    name: "Basic"
                  advanced:
                    name: "Advanced"

                # The share of right answers (percent) that passes a quiz.
                quiz_pass_percent: 70

                """),
            ScaffoldFile("content/index.md", """
                ---
                title: Home
                ---

                # Welcome to the digital classroom

                The courses here are short, written in plain words, and work on a phone.

                """),
            ScaffoldFile("content/courses/using-your-phone-safely/course.md", """
                ---
                title: Using your phone safely
                summary: Spot scam messages and set strong passwords for your accounts.
                audiences: [residents, civil-servants]
                level: basic
                competencies: [safety]
                tags: [online scams, passwords]
                outcomes:
                  - Recognise the signs of a scam message.
                  - Set a strong password.
                featured: true
                ---

                The course has two short lessons of about 15 minutes each.

                """),
            ScaffoldFile("content/courses/using-your-phone-safely/01-spotting-scam-messages.md", """
                ---
                title: Spotting scam messages
                summary: The signs that give a scam message away.
                duration: 15m
                ---

                ## Common signs

                - It rushes you, or your account "will be locked".
                - It sends a strange link and asks you to log in.
                - It asks for a one-time code or a password.

                > [!TIP]
                > When in doubt, call the office or the person back on a number you saved before.

                Next: [strong passwords](02-strong-passwords.md).

                """),
            ScaffoldFile("content/courses/using-your-phone-safely/02-strong-passwords.md", """
                ---
                title: Strong passwords
                summary: How to set a long password that is easy to remember and hard to guess.
                duration: 15m
                ---

                ## What makes a password strong?

                A strong password has 12 characters or more, joins several words only you would pick, and is used for one account only.

                ## Review questions

                ```quiz
                1. Which password is strongest?
                   - [ ] The number 123456
                   - [ ] Your date of birth
                   - [x] Three words and a number
                   > Long passwords made of several words are far harder to guess than numbers or dates.

                2. What should you do when a caller asks for your one-time code?
                   - [ ] Read it out to them
                   - [x] Refuse and hang up
                   > Offices and banks send one-time codes for you alone to use; they will never ask for them.
                ```

                """),
            ScaffoldFile("content/pages/about.md", """
                ---
                title: About
                summary: What this portal is and who runs it.
                menu: true
                order: 1
                ---

                This digital skills portal is run locally. Every course is free.

                """),
            ScaffoldFile("content/news/\(today)-portal-opens.md", """
                ---
                title: The digital skills portal opens
                summary: The new portal opens with a first course on using your phone safely.
                ---

                The digital skills portal is open. Start with [Using your phone safely](../courses/using-your-phone-safely/course.md).

                """),
        ]
    }
}
