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

    /// The page's pass mark, when its quizzes share one. With different marks
    /// there is none: the runtime reports the mean score but passes only when
    /// every quiz is passed, which no single mastery score can express.
    func mastery(_ page: CoursePackage.PageFile) -> Int? {
        let marks = Set(page.quizzes.map { $0.passPercent ?? passPercent })
        return marks.count == 1 ? marks.first : nil
    }

    func manifest() -> Data {
        let course = package.course
        func text(_ value: String) -> String { XMLText.escape(value) }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="hocvu_\(course.slug)" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
              <metadata>
                <schema>ADL SCORM</schema>
                <schemaversion>1.2</schemaversion>
              </metadata>
              <organizations default="ORG_\(course.slug)">
                <organization identifier="ORG_\(course.slug)">
                  <title>\(text(course.title))</title>

            """
        var resources = ""
        let shared = assets.keys.sorted() + [SCORMRuntime.path]
        for page in package.pages {
            let name = CoursePackage.key(page)
            out += "      <item identifier=\"ITEM_\(name)\" identifierref=\"RES_\(name)\" isvisible=\"true\">\n"
            out += "        <title>\(text(page.title))</title>\n"
            if let mastery = mastery(page) { out += "        <adlcp:masteryscore>\(mastery)</adlcp:masteryscore>\n" }
            out += "      </item>\n"
            let href = text(CoursePackage.href(page.path))
            resources += "    <resource identifier=\"RES_\(name)\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"\(href)\">\n"
            resources += "      <file href=\"\(href)\"/>\n"
            if page.lesson == nil {
                for file in package.files.keys.sorted() { resources += "      <file href=\"\(text(CoursePackage.href(file)))\"/>\n" }
            }
            resources += "      <dependency identifierref=\"RES_shared_files\"/>\n    </resource>\n"
        }
        resources += "    <resource identifier=\"RES_shared_files\" type=\"webcontent\" adlcp:scormtype=\"asset\">\n"
        resources += shared.map { "      <file href=\"\(text(CoursePackage.href($0)))\"/>\n" }.joined()
        resources += "    </resource>\n"
        out += "    </organization>\n  </organizations>\n  <resources>\n" + resources + "  </resources>\n</manifest>\n"
        return Data(out.utf8)
    }
}
