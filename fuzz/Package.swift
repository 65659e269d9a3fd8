// swift-tools-version:5.4
// libFuzzer targets for hocvu (Linux), in a package of their own so that a
// plain `swift build` of the main package never sees them. Build and run with
// scripts/fuzz.sh: it passes -sanitize=fuzzer,address and -parse-as-library,
// so libFuzzer's own main() drives each target's LLVMFuzzerTestOneInput; a
// build without them has no main() and does not link.
//
// Tools version 5.4 on purpose: from 5.5 on, SwiftPM renames an executable
// target's entry point to `<Target>_main` and links `main` to it, which
// clashes with libFuzzer's main ("undefined symbol FuzzLinks_main"). 5.4 has
// no `platforms: [.macOS(.v14)]`, hence none here: this package is for Linux.
import PackageDescription

let package = Package(
    name: "hocvu-fuzz",
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
