/// A slice of the catalog with its own static page, so filters are plain
/// links that work without JavaScript: an audience (its learning path), a
/// level or a competency.
enum CatalogFilter: Sendable {
    case audience(String), level(String), competency(String)

    /// The catalog page for a filter; nil is the whole catalog.
    static func path(of filter: CatalogFilter?) -> String {
        switch filter {
        case nil: "courses/index.html"
        case .audience(let id): "courses/doi-tuong/\(id)/index.html"
        case .level(let id): "courses/trinh-do/\(id)/index.html"
        case .competency(let id): "courses/nang-luc/\(id)/index.html"
        }
    }

    /// Audiences × competency domains.
    static let coveragePath = "courses/bao-phu/index.html"
}
