// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "hocvu",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hocvu", targets: ["hocvu"]),
        // For fuzz/ (a package of its own that depends on this one by path):
        // a package can only use another's products, not its targets.
        .library(name: "HocVuLibrary", targets: ["HocVuCore", "HocVuMarkdown", "HocVuBuild"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The preview server of `hocvu serve`: plain sockets, no SwiftNIO to build.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // cmark from the system (Debian: libcmark-dev). Only HocVuMarkdown imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // The one system call Swift's Glibc module does not export (renameat2).
        .target(name: "CSystem"),
        // Models, diagnostics, Vietnamese text and URL rules: no I/O, no cmark.
        .target(name: "HocVuCore"),
        // The cmark wrapper and the Markdown passes; cmark nodes never leave it.
        .target(name: "HocVuMarkdown", dependencies: ["CCmark", "HocVuCore"]),
        // The pipeline: load → parse → check → render → write.
        .target(
            name: "HocVuBuild",
            dependencies: [
                "HocVuCore", "HocVuMarkdown", "CSystem",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // `hocvu serve`: the preview server, the watcher and the reload script.
        .target(
            name: "HocVuServe",
            dependencies: ["HocVuBuild", "HocVuMarkdown", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "hocvu",
            dependencies: [
                "HocVuBuild", "HocVuCore", "HocVuMarkdown", "HocVuServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "HocVuCoreTests", dependencies: ["HocVuCore"]),
        .testTarget(name: "HocVuMarkdownTests", dependencies: ["HocVuMarkdown", "HocVuCore"]),
        .testTarget(
            name: "HocVuBuildTests",
            dependencies: ["HocVuBuild", "HocVuCore", "HocVuMarkdown", "HocVuServe", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]),
    ]
)
