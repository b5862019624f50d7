/// The two dlib model files the engine needs, as released in face_recognition_models 0.3.0.
public enum ModelFile: String, Sendable, CaseIterable {
    /// The ResNet that turns an aligned chip into a 128-D descriptor.
    case descriptorNetwork = "dlib_face_recognition_resnet_model_v1.dat"
    /// The 5-point landmark predictor used to align faces.
    case shapePredictor = "shape_predictor_5_face_landmarks.dat"

    /// The file's name inside the models folder.
    public var fileName: String { rawValue }

    /// The file's size in face_recognition_models 0.3.0, to tell a truncated download apart from a
    /// damaged one before hashing (the hashes themselves live only in `SHA256SUMS`).
    public var releaseSize: Int {
        switch self {
        case .descriptorNetwork: 22_466_066
        case .shapePredictor: 9_150_489
        }
    }
}
