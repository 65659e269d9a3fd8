import Foundation
import HocVuCore

/// A course as a SCORM 1.2 package (`.scorm.zip`): `imsmanifest.xml` at the
/// root, one SCO per page (the overview, then each lesson), with the
/// lesson's pass mark as `adlcp:masteryscore`. The pages keep their quizzes
/// and the theme's stylesheet and quiz script; `assets/scorm.js`
/// (`SCORMRuntime`) reports completion and the score through `LMSSetValue`.
struct SCORMPackage {
    let package: CoursePackage
    let passPercent: Int
    /// The theme's stylesheet and quiz script, compacted as in the site.
    let assets: [String: Data]

    static let scripts = ["assets/quiz.js", SCORMRuntime.path]

    func entries() -> [String: Data] {
        var entries = assets
        entries[SCORMRuntime.path] = Data(SCORMRuntime.script.utf8)
        for page in package.pages {
            entries[page.path] = package.document(page, stylesheet: true, scripts: Self.scripts)
        }
        entries["imsmanifest.xml"] = manifest()
        return entries
    }

    /// The highest pass mark of the page's quizzes: every quiz must be passed.
    func mastery(_ page: CoursePackage.PageFile) -> Int? {
        page.quizzes.map { $0.passPercent ?? passPercent }.max()
    }

    func manifest() -> Data {
        let course = package.course
        func text(_ value: String) -> String { XMLText.escape(value) }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="hocvu-\(text(course.slug))" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
              <metadata>
                <schema>ADL SCORM</schema>
                <schemaversion>1.2</schemaversion>
              </metadata>
              <organizations default="ORG-\(text(course.slug))">
                <organization identifier="ORG-\(text(course.slug))">
                  <title>\(text(course.title))</title>

            """
        var resources = ""
        let shared = assets.keys.sorted() + [SCORMRuntime.path]
        for page in package.pages {
            let name = page.lesson?.slug ?? "overview"
            out += "      <item identifier=\"ITEM-\(text(name))\" identifierref=\"RES-\(text(name))\" isvisible=\"true\">\n"
            out += "        <title>\(text(page.title))</title>\n"
            if let mastery = mastery(page) { out += "        <adlcp:masteryscore>\(mastery)</adlcp:masteryscore>\n" }
            out += "      </item>\n"
            resources += "    <resource identifier=\"RES-\(text(name))\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"\(text(page.path))\">\n"
            resources += "      <file href=\"\(text(page.path))\"/>\n"
            if page.lesson == nil {
                for file in package.files.keys.sorted() { resources += "      <file href=\"\(text(file))\"/>\n" }
            }
            resources += "      <dependency identifierref=\"RES-shared\"/>\n    </resource>\n"
        }
        resources += "    <resource identifier=\"RES-shared\" type=\"webcontent\" adlcp:scormtype=\"asset\">\n"
        resources += shared.map { "      <file href=\"\(text($0))\"/>\n" }.joined()
        resources += "    </resource>\n"
        out += "    </organization>\n  </organizations>\n  <resources>\n" + resources + "  </resources>\n</manifest>\n"
        return Data(out.utf8)
    }
}
