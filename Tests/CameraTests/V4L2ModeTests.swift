import Testing
@testable import Camera

@Suite("Format negotiation and back-off")
struct V4L2ModeTests {
    static let formats = [
        V4L2FormatOption(fourcc: FourCC.yuyv, description: "YUYV 4:2:2", sizes: [
            .init(width: 640, height: 480, rates: [30, 15]),
            .init(width: 1280, height: 720, rates: [10]),
            .init(width: 160, height: 120, rates: [30]),
        ]),
        V4L2FormatOption(fourcc: FourCC.mjpeg, description: "Motion-JPEG", sizes: [
            .init(width: 640, height: 480, rates: [30, 15]),
            .init(width: 1280, height: 720, rates: [30]),
        ]),
        V4L2FormatOption(fourcc: cv4l2Grey, description: "Greyscale", sizes: [.init(width: 320, height: 240, rates: [30])]),
    ]
    static let cv4l2Grey: UInt32 = 0x5945_5247  // "GREY"

    @Test func prefersMJPEGAtTheSameSizeAndRate() {
        #expect(V4L2Mode.closest(among: Self.formats, width: 640, height: 480, fps: 30)
            == V4L2Mode(fourcc: FourCC.mjpeg, width: 640, height: 480, fps: 30))
        #expect(V4L2Mode.closest(among: Self.formats, width: 1280, height: 720, fps: 30)
            == V4L2Mode(fourcc: FourCC.mjpeg, width: 1280, height: 720, fps: 30))
    }

    @Test func sizeComesBeforeFormat() {
        #expect(V4L2Mode.closest(among: Self.formats, width: 160, height: 120, fps: 30)
            == V4L2Mode(fourcc: FourCC.yuyv, width: 160, height: 120, fps: 30))
    }

    @Test func picksTheRateClosestAtOrAboveTheWantedOne() {
        #expect(V4L2Mode.closest(among: Self.formats, width: 640, height: 480, fps: 12)?.fps == 15)
    }

    @Test func ignoresFormatsItCannotConvert() {
        #expect(V4L2Mode.closest(among: [Self.formats[2]], width: 320, height: 240, fps: 30) == nil)
        #expect(V4L2Mode.closest(among: Self.formats, width: 320, height: 240, fps: 30)?.fourcc != Self.cv4l2Grey)
    }

    @Test func fourccNamesAreReadable() {
        #expect(FourCC.name(FourCC.mjpeg) == "MJPG")
        #expect(FourCC.name(FourCC.yuyv) == "YUYV")
    }

    @Test func backoffDoublesUpToTheMaximum() {
        let backoff = ReconnectBackoff(initial: .milliseconds(250), maximum: .seconds(1))
        #expect(backoff.delay(beforeAttempt: 1) == .milliseconds(250))
        #expect(backoff.delay(beforeAttempt: 2) == .milliseconds(500))
        #expect(backoff.delay(beforeAttempt: 3) == .seconds(1))
        #expect(backoff.delay(beforeAttempt: 50) == .seconds(1))
    }
}
