import CDlibFace

/// Which code computes face descriptors: oneDNN running dlib's network with dlib's weights (≈ 8× faster
/// here), or dlib's own forward pass, the fallback.
public enum DescriptorBackend: String, Sendable, Codable, CaseIterable {
    /// oneDNN (Debian's libdnnl), with the weights read from the loaded dlib network.
    case oneDNN
    /// dlib's own forward pass (its convolutions through BLAS).
    case dlib

    init(_ value: Int32) { self = value == Int32(FE_DESCRIPTOR_ONEDNN.rawValue) ? .oneDNN : .dlib }

    var cValue: Int32 { Int32(self == .oneDNN ? FE_DESCRIPTOR_ONEDNN.rawValue : FE_DESCRIPTOR_DLIB.rawValue) }

    /// Whether this build was compiled with oneDNN (libdnnl-dev present when it was built).
    public static var oneDNNCompiledIn: Bool { fe_onednn_compiled_in() == 1 }
}

/// The descriptor backend the models chose at load, and why.
public struct DescriptorBackendChoice: Sendable, Codable, Equatable {
    /// The backend every recognizer uses unless told otherwise.
    public let backend: DescriptorBackend
    /// L2 distance between oneDNN's and dlib's descriptors of the check chip (nil when not compared).
    public let checkDistance: Double?
    /// Seconds spent building and checking oneDNN's network.
    public let seconds: Double
    /// Why dlib was kept (empty when oneDNN was chosen).
    public let note: String

    /// Lets oneDNN be tried unless the environment says `FACE_DESCRIPTOR=dlib`.
    static func allowOneDNN(environment: [String: String]) -> Bool { environment["FACE_DESCRIPTOR"] != "dlib" }
}
