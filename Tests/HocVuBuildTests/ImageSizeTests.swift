import Foundation
import Testing

@testable import HocVuBuild

@Suite struct ImageSizeTests {
    @Test func pngGifWebpAndJpegHeaders() {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        png += [0, 0, 0x02, 0x80, 0, 0, 0x01, 0xE0]  // 640 × 480
        #expect(ImageSize.png(png)! == (640, 480))
        let gif: [UInt8] = Array("GIF89a".utf8) + [0x20, 0x03, 0x58, 0x02]  // 800 × 600
        #expect(ImageSize.gif(gif)! == (800, 600))
        // SOI, an APP0 segment of 16 bytes, then SOF0 with height 300, width 400.
        var jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array(repeating: 0, count: 14)
        jpeg += [0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0x2C, 0x01, 0x90, 0x03]
        #expect(ImageSize.jpeg(jpeg)! == (400, 300))
        #expect(ImageSize.png(Array("not an image".utf8)) == nil)
    }

    @Test func svgSizeFromAttributesOrViewBox() {
        #expect(ImageSize.svg("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320px\" height='200'>")! == (320, 200))
        #expect(ImageSize.svg("<svg viewBox=\"0 0 640.4 360\" xmlns=\"http://www.w3.org/2000/svg\">")! == (640, 360))
        #expect(ImageSize.svg("<svg width=\"100%\" viewBox=\"0,0,50,25\">")! == (50, 25))
        #expect(ImageSize.svg("<svg>") == nil)
        // Values a page cannot use are not sizes (and never crash the build).
        #expect(ImageSize.svg("<svg width=\"1e20\" height=\"1\">") == nil)
        #expect(ImageSize.svg("<svg width=\"nan\" height=\"inf\" viewBox=\"0 0 1e30 1\">") == nil)
    }

    @Test func localImagesGetTheirSizeAndLoadLazily() throws {
        var files = minimalSite
        files["content/courses/an-toan/assets/dt.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 80\"/>"
        let site = try TempSite(files)
        defer { site.remove() }
        #expect(site.build().places == [])
        let page = try #require(site.read("site/courses/an-toan/lua-dao/index.html"))
        #expect(page.contains("<img src=\"../assets/dt.svg\" alt=\"Điện thoại\" width=\"120\" height=\"80\" loading=\"lazy\" decoding=\"async\">"))
    }
}
