public import Vocabulary

/// The aligned, 150 x 150 RGB8 crop of a face that the descriptor network reads (dlib's
/// `get_face_chip_details(shape, 150, 0.25)` + `extract_image_chip`).
public struct FaceChip: Sendable {
    /// Side of the chip in pixels.
    public static let size = 150

    /// The chip as an image (150 x 150, packed).
    public let image: RGBImage

    /// Wraps a chip image.
    ///
    /// - Precondition: the image is 150 x 150.
    public init(image: RGBImage) {
        precondition(image.width == FaceChip.size && image.height == FaceChip.size,
                     "a face chip is 150x150, got \(image.width)x\(image.height)")
        self.image = image
    }
}
