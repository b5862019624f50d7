import CDlibFace

extension FaceRecognizer {
    /// The seed of jittered templates unless the caller gives one: the same photo always gives the same template.
    public static let defaultJitterSeed: UInt64 = 0x6A69_7474_6572_0017

    /// Finds faces, largest first, with HOG on the colour image upsampled `upsample` times (0...3), as
    /// face_recognition's `face_locations` does; boxes are in `image`'s pixels. Slower than the door's grey,
    /// downscaled ``detectFaces(in:settings:)``: for photos and enrolment.
    ///
    /// - Throws: ``FaceEngineError`` `.dlibFailure` if dlib fails.
    public func detectFacesInColour(in image: RGBImageView, upsample: Int) throws(FaceEngineError) -> [FaceBox] {
        precondition((0...3).contains(upsample), "upsample \(upsample) must be in 0...3")
        let source = image.cImage
        let engine = self.engine
        return try collectBoxes { boxes, capacity, count throws(FaceEngineError) in
            try callDlib { fe_detect_colour(engine, source, Int32(upsample), boxes, capacity, count, $0, $1) }
        }
    }

    /// The mean descriptor of `jitters` jittered copies of `chip` (dlib's `num_jitters`), with the
    /// generator seeded by `seed`: deterministic. One jitter costs one descriptor.
    ///
    /// - Precondition: `jitters` is in 1...100.
    /// - Throws: ``FaceEngineError`` `.dlibFailure` if dlib fails.
    public func embedding(of chip: FaceChip, jitters: Int, seed: UInt64 = FaceRecognizer.defaultJitterSeed) throws(FaceEngineError) -> Embedding {
        precondition((1...100).contains(jitters), "jitters \(jitters) must be in 1...100")
        var values = [Float](repeating: 0, count: Embedding.length)
        let engine = self.engine
        try chip.image.pixels.withUnsafeBufferPointer { pixels throws(FaceEngineError) in
            try values.withUnsafeMutableBufferPointer { output throws(FaceEngineError) in
                try callDlib {
                    fe_descriptor_compute_jittered(engine, pixels.baseAddress, Int32(jitters), seed, output.baseAddress, $0, $1)
                }
            }
        }
        return Embedding(values: values)
    }
}

/// Calls a detection entry point with a box buffer, growing it when more faces were found than it holds.
func collectBoxes(
    _ detect: (UnsafeMutablePointer<fe_box>?, Int32, UnsafeMutablePointer<Int32>) throws(FaceEngineError) -> Void
) throws(FaceEngineError) -> [FaceBox] {
    var boxes = [fe_box](repeating: fe_box(), count: 16)
    var count: Int32 = 0
    while true {
        let capacity = Int32(boxes.count)
        try boxes.withUnsafeMutableBufferPointer { buffer throws(FaceEngineError) in
            try detect(buffer.baseAddress, capacity, &count)
        }
        if Int(count) <= boxes.count { break }
        boxes = [fe_box](repeating: fe_box(), count: Int(count))
    }
    return boxes.prefix(Int(count)).map {
        FaceBox(left: Int($0.left), top: Int($0.top), right: Int($0.right), bottom: Int($0.bottom), score: $0.score)
    }
}
