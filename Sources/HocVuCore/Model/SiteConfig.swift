/// site.yml (CONTENT-FORMAT.md §2).
public struct SiteConfig: Sendable {
    public var title: String
    public var description: String?
    public var baseURL: String?
    public var language: String
    /// Where site.yml names the theme, for "theme not found".
    public var themeLocation: SourceLocation?
    public var theme: String
    public var audiences: [Term]
    public var competencies: [Term]
    /// The name of the framework the competencies come from (`framework`),
    /// for catalogs and structured data.
    public var framework: String?
    public var levels: [Term]
    /// Who runs the portal (`operator: {name, url}`), named in every page's footer.
    public var operatorName: String?
    public var operatorURL: String?
    /// How learners reach the operator (`contact: {email, phone, address}`).
    public var contactEmail: String?
    public var contactPhone: String?
    public var contactAddress: String?
    public var quizPassPercent: Int
    public var allowRawHTML: Bool
    /// Largest Markdown file read (`limits: markdown_file:`); larger is an
    /// error, so a 20 MB file of `[` cannot take minutes and gigabytes.
    public var markdownFileLimit = SiteConfig.defaultMarkdownFileLimit
    public static let defaultMarkdownFileLimit = 2 * 1024 * 1024

    public static let defaultLevels = [
        Term(id: "co-ban", name: "Cơ bản"),
        Term(id: "trung-cap", name: "Trung cấp"),
        Term(id: "nang-cao", name: "Nâng cao"),
    ]

    public init(
        title: String, description: String? = nil, baseURL: String? = nil, language: String = "vi",
        theme: String = "default", audiences: [Term] = [], competencies: [Term] = [],
        levels: [Term] = SiteConfig.defaultLevels, quizPassPercent: Int = 70, allowRawHTML: Bool = false
    ) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.theme = theme
        self.audiences = audiences
        self.competencies = competencies
        self.levels = levels
        self.quizPassPercent = quizPassPercent
        self.allowRawHTML = allowRawHTML
    }
}
