import HocVuCore
import Yams

/// site.yml's keys and its id → {name, …} vocabularies.
enum SiteConfigSchema {
    static let keys = [
        "title", "description", "base_url", "language", "theme", "audiences", "competencies",
        "levels", "quiz_pass_percent", "allow_raw_html", "framework", "limits", "operator", "contact",
    ]
    static let operatorKeys = ["name", "url"]
    static let contactKeys = ["email", "phone", "address"]
    static let limitKeys = ["markdown_file"]

    /// `limits: {markdown_file: 4 MB}`.
    static func markdownFileLimit(in frontMatter: FrontMatter, reader: inout FieldReader) -> Int? {
        var limit: Int?
        for (_, value) in entries("limits", allowed: limitKeys, example: "limits: {markdown_file: 4 MB}", in: frontMatter, reader: &reader) {
            guard let text = value.scalar?.string, let bytes = ByteSize.parse(text) else {
                reader.diagnostics.error(
                    "frontmatter.type", "'markdown_file' must be a size such as '4 MB' or '512 KB' (at most 1024 MB)",
                    at: frontMatter.location(of: value))
                continue
            }
            limit = bytes
        }
        return limit
    }
    static let termKeys = ["name", "description", "target_percent", "targets"]

    /// Reads `key: {id: {name, description?, target_percent?, targets?}}` in file order.
    static func terms(_ key: String, in frontMatter: FrontMatter, reader: inout FieldReader) -> [Term] {
        guard let entry = frontMatter[key] else { return [] }
        guard let mapping = entry.value.mapping else {
            reader.diagnostics.error(
                "frontmatter.type", "'\(key)' must map ids to entries, e.g. 'nguoi-dan: {name: Người dân}'",
                at: frontMatter.location(of: entry.value))
            return []
        }
        var terms: [Term] = []
        for (idNode, value) in mapping {
            let id = idNode.string ?? ""
            if !Slug.isValidName(id) {
                reader.diagnostics.error(
                    "name.invalid", "'\(id)' is not a valid id: use lowercase letters a-z, digits and '-' ('\(Slug.make(id))')",
                    at: frontMatter.location(of: idNode))
            }
            guard let fields = value.mapping else {
                reader.diagnostics.error(
                    "frontmatter.type", "'\(key).\(id)' must have a 'name:'", at: frontMatter.location(of: value))
                continue
            }
            var term = Term(id: id, name: id)
            for (fieldKey, fieldValue) in fields {
                let name = fieldKey.string ?? ""
                switch name {
                case "name": term.name = VietnameseText.nfc(fieldValue.string ?? id)
                case "description": term.description = fieldValue.string.map(VietnameseText.nfc)
                case "target_percent" where key == "audiences":
                    if let n = fieldValue.int, (0...100).contains(n) {
                        term.targetPercent = n
                    } else {
                        reader.diagnostics.error(
                            "frontmatter.range", "'target_percent' must be a whole number from 0 to 100",
                            at: frontMatter.location(of: fieldValue))
                    }
                case "targets" where key == "audiences":
                    term.targets = targets(fieldValue, in: frontMatter, reader: &reader)
                default:
                    let allowed = key == "audiences" ? termKeys : ["name", "description"]
                    reader.diagnostics.error(
                        "frontmatter.unknown-key",
                        "unknown key '\(name)' in '\(key).\(id)'\(Suggestion.hint(for: name, in: allowed))",
                        at: frontMatter.location(of: fieldKey))
                }
            }
            if fields["name"] == nil {
                reader.diagnostics.error(
                    "frontmatter.missing-key", "'\(key).\(id)' needs a 'name:'", at: frontMatter.location(of: idNode))
            }
            terms.append(term)
        }
        return terms
    }

    /// `targets: {2025: 80, 2026: 100}`: a year (four digits) to a percentage.
    /// Every bad entry is reported at its own place; the good ones are kept.
    static func targets(_ value: Node, in frontMatter: FrontMatter, reader: inout FieldReader) -> [Term.Target] {
        guard let mapping = value.mapping else {
            reader.diagnostics.error(
                "frontmatter.type", "'targets' must map years to percentages, e.g. 'targets: {2025: 80, 2026: 100}'",
                at: frontMatter.location(of: value))
            return []
        }
        var targets: [Term.Target] = []
        for (yearNode, percentNode) in mapping {
            // `2026` or `"2026"`: four digits either way.
            let text = yearNode.string ?? ""
            guard text.count == 4, let year = Int(text), (1900...2999).contains(year) else {
                reader.diagnostics.error(
                    "frontmatter.type", "'\(text)' is not a year: write it with four digits, from 1900 to 2999, e.g. 2026",
                    at: frontMatter.location(of: yearNode))
                continue
            }
            guard let percent = percentNode.int, (0...100).contains(percent) else {
                reader.diagnostics.error(
                    "frontmatter.range", "the target for \(year) must be a whole number from 0 to 100",
                    at: frontMatter.location(of: percentNode))
                continue
            }
            targets.append(Term.Target(year: year, percent: percent))
        }
        return targets.sorted { $0.year < $1.year }
    }

    /// The entries of a small mapping of site.yml (`limits`, `operator`,
    /// `contact`) whose keys are allowed; a value that is no mapping and each
    /// unknown key are reported at their place.
    static func entries(
        _ key: String, allowed: [String], example: String, in frontMatter: FrontMatter, reader: inout FieldReader
    ) -> [(name: String, value: Node)] {
        guard let entry = frontMatter[key] else { return [] }
        guard let mapping = entry.value.mapping else {
            reader.diagnostics.error(
                "frontmatter.type", "'\(key)' must be a map, e.g. '\(example)'", at: frontMatter.location(of: entry.value))
            return []
        }
        var found: [(name: String, value: Node)] = []
        for (keyNode, value) in mapping {
            let name = keyNode.string ?? ""
            guard allowed.contains(name) else {
                reader.diagnostics.error(
                    "frontmatter.unknown-key", "unknown key '\(name)' in '\(key)'\(Suggestion.hint(for: name, in: allowed))",
                    at: frontMatter.location(of: keyNode))
                continue
            }
            found.append((name, value))
        }
        return found
    }

    /// A small mapping of texts (`operator: {name, url}`), each value NFC.
    static func texts(_ key: String, allowed: [String], example: String, in frontMatter: FrontMatter, reader: inout FieldReader) -> [String: String] {
        var texts: [String: String] = [:]
        for (name, value) in entries(key, allowed: allowed, example: example, in: frontMatter, reader: &reader) {
            guard let text = value.scalar?.string, !text.trimmingSpaces().isEmpty else {
                reader.diagnostics.error("frontmatter.type", "'\(key).\(name)' must be a text", at: frontMatter.location(of: value))
                continue
            }
            texts[name] = VietnameseText.nfc(text.trimmingSpaces())
        }
        return texts
    }

    /// Reads `operator:` and `contact:` into the config, checking the link and the address.
    static func publisher(in frontMatter: FrontMatter, reader: inout FieldReader, into config: inout SiteConfig) {
        let op = texts("operator", allowed: operatorKeys, example: "operator: {name: Sở …, url: https://…}", in: frontMatter, reader: &reader)
        if op["name"] == nil, let entry = frontMatter["operator"], let fields = entry.value.mapping, fields["name"] == nil {
            reader.diagnostics.error(
                "frontmatter.missing-key", "'operator' needs a 'name:' (the body that runs the portal)",
                at: frontMatter.location(of: entry.keyNode))
        }
        config.operatorName = op["name"]
        if let url = op["url"] {
            if BaseURL.isValid(url) {
                config.operatorURL = url
            } else if let node = frontMatter["operator"]?.value.mapping?["url"] {
                reader.diagnostics.error(
                    "frontmatter.type", "'operator.url' must be an absolute http(s) URL, e.g. https://example.gov.vn/",
                    at: frontMatter.location(of: node))
            }
        }
        let contact = texts("contact", allowed: contactKeys, example: "contact: {email: hotro@…, phone: …}", in: frontMatter, reader: &reader)
        if let email = contact["email"] {
            let parts = email.split(separator: "@", omittingEmptySubsequences: false)
            if parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !email.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" }) {
                config.contactEmail = email
            } else if let node = frontMatter["contact"]?.value.mapping?["email"] {
                reader.diagnostics.error(
                    "frontmatter.type", "'contact.email' must be an e-mail address, e.g. hotro@example.gov.vn",
                    at: frontMatter.location(of: node))
            }
        }
        config.contactPhone = contact["phone"]
        config.contactAddress = contact["address"]
    }
}
