import HocVuCore

/// Where a course's front matter names ids, kept from loading for
/// `checkReferences`, which runs once every course is known.
struct CourseReferences {
    var audiences: [(String, SourceLocation)] = []
    var competencies: [(String, SourceLocation)] = []
    var level: (String, SourceLocation)?
    var prerequisites: [(String, SourceLocation)] = []
    /// `cover`, as written, and where.
    var cover: (String, SourceLocation)?
}
