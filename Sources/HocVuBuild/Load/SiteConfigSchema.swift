import HocVuCore
import Yams

/// site.yml's keys and its id → {name, …} vocabularies.
enum SiteConfigSchema {
    static let keys = [
        "title", "description", "base_url", "language", "theme", "audiences", "competencies",
        "levels", "quiz_pass_percent", "allow_raw_html", "framework", "limits",
    ]
    static let limitKeys = ["markdown_file"]

    /// `limits: {markdown_file: 4 MB}`.
    static func markdownFileLimit(in frontMatter: FrontMatter, reader: inout FieldReader) -> Int? {
        guard let entry = frontMatter["limits"] else { return nil }
        guard let mapping = entry.value.mapping else {
            reader.diagnostics.error(
                "frontmatter.type", "'limits' must be a map, e.g. 'limits: {markdown_file: 4 MB}'",
                at: frontMatter.location(of: entry.value))
            return nil
        }
        var limit: Int?
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard limitKeys.contains(name) else {
                reader.diagnostics.error(
                    "frontmatter.unknown-key", "unknown key '\(name)' in 'limits'\(Suggestion.hint(for: name, in: limitKeys))",
                    at: frontMatter.location(of: key))
                continue
            }
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
    static let termKeys = ["name", "description", "target_percent"]

    /// Reads `key: {id: {name, description?, target_percent?}}` in file order.
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
}
