// swift-tools-version:6.0
// libFuzzer targets for hocvu, in a package of their own so that a plain
// `swift build` of the main package never sees them. Build and run with
// scripts/fuzz.sh (it passes -sanitize=fuzzer,address; a build without it has
// no main function and does not link).
import PackageDescription

let package = Package(
    name: "hocvu-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        // `name:` lets the targets below say `package: "hocvu"` whatever the
        // checkout's folder is called (a path package is known by its folder).
        .package(name: "hocvu", path: ".."),
    ],
    targets: [
        // What the targets share: a small fixed content folder and its index.
        .target(
            name: "FuzzSupport",
            dependencies: [.product(name: "HocVuLibrary", package: "hocvu")]
        ),
        // A whole content file: front matter split, YAML, every field reader.
        .executableTarget(
            name: "FuzzFrontMatter",
            dependencies: ["FuzzSupport", .product(name: "HocVuLibrary", package: "hocvu")]
        ),
        // Markdown through cmark, every pass, the quiz parser and the renderer.
        .executableTarget(
            name: "FuzzMarkdown",
            dependencies: ["FuzzSupport", .product(name: "HocVuLibrary", package: "hocvu")]
        ),
        // Link destinations against a fixed site index; SitePath.
        .executableTarget(
            name: "FuzzLinks",
            dependencies: ["FuzzSupport", .product(name: "HocVuLibrary", package: "hocvu")]
        ),
    ]
)
