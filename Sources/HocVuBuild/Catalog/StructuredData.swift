import Foundation
import HocVuCore

/// schema.org JSON-LD for search engines: `Course` on course pages (with a
/// free online `CourseInstance`, audiences and the competencies it teaches as
/// `DefinedTerm`s), `ItemList` on the catalog, `WebSite` with a
/// `SearchAction` on the home page.
/// Absolute URLs need `base_url`; without it they are left out.
struct StructuredData {
    let site: Site

    private var base: String? { site.config.baseURL.map(BaseURL.folder) }

    private func absolute(_ outputPath: String) -> String? {
        base.map { BaseURL.absolute(outputPath, base: $0) }
    }

    /// JSON for a `<script type="application/ld+json">`: keys sorted, and
    /// every `<` escaped (it can only occur inside strings) so the data can
    /// neither end the element nor open a comment in it.
    static func script(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }

    private var provider: [String: Any] {
        var organization: [String: Any] = ["@type": "Organization", "name": site.config.title]
        if let base { organization["url"] = base }
        return organization
    }

    func course(_ course: Course) -> String {
        var object: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "Course",
            "name": course.title,
            "description": course.summary,
            "inLanguage": site.config.language,
            "provider": provider,
            "isAccessibleForFree": true,
            "offers": ["@type": "Offer", "price": 0, "priceCurrency": "VND", "category": "Free"],
            "audience": course.audiences.compactMap { id in
                site.config.audiences.first { $0.id == id }.map { ["@type": "Audience", "audienceType": $0.name] }
            },
            "teaches": course.competencies.compactMap { id in
                site.config.competencies.first { $0.id == id }.map { term -> [String: Any] in
                    var defined: [String: Any] = ["@type": "DefinedTerm", "name": term.name, "termCode": term.id]
                    if let framework = site.config.framework { defined["inDefinedTermSet"] = framework }
                    return defined
                }
            },
        ]
        var instance: [String: Any] = ["@type": "CourseInstance", "courseMode": "online"]
        if let minutes = course.totalMinutes {
            instance["courseWorkload"] = "PT\(minutes)M"
            object["timeRequired"] = "PT\(minutes)M"
        }
        object["hasCourseInstance"] = instance
        if let level = site.config.levels.first(where: { $0.id == course.level }) { object["educationalLevel"] = level.name }
        if let updated = course.updated { object["dateModified"] = updated }
        if let url = absolute(course.outputPath) { object["url"] = url }
        return Self.script(object)
    }

    /// The catalog as an `ItemList` of its courses' pages, in the order shown;
    /// on a page of a longer catalog, that page's courses at their places
    /// (`offset` before them) in a list of `total`.
    func itemList(_ courses: [Course], name: String, offset: Int = 0, total: Int? = nil) -> String? {
        guard base != nil else { return nil }
        return Self.script([
            "@context": "https://schema.org",
            "@type": "ItemList",
            "name": name,
            "numberOfItems": total ?? courses.count,
            "itemListElement": courses.enumerated().map { index, course -> [String: Any] in
                ["@type": "ListItem", "position": offset + index + 1, "name": course.title, "url": absolute(course.outputPath) ?? ""]
            },
        ])
    }

    func website() -> String? {
        guard let base else { return nil }
        return Self.script([
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": site.config.title,
            "url": base,
            "inLanguage": site.config.language,
            "potentialAction": [
                "@type": "SearchAction",
                "target": base + "search/index.html?q={query}",
                "query-input": "required name=query",
            ],
        ])
    }
}
