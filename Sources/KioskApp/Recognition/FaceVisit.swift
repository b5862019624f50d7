/// When the face now in front of the camera appeared and when it was recognised, in seconds on the frames'
/// clock (`CLOCK_MONOTONIC`, as V4L2 and the replay stamp frames), so the log can say how long a greeting took
/// from the face appearing (the door's budget: 250 ms with liveness off, README "Greeting time").
///
/// "Appeared" is the capture time of the first frame of this visit in which the worker found a face: a face
/// that is in view but too small or turned away is not yet "appeared".
struct FaceVisit: Sendable, Equatable {
    /// Capture time of the visit's first frame with a face, or nil with nobody at the door.
    private(set) var appearedAt: Double?
    /// Capture time of the frame that confirmed the identity (the confirmation window's last frame).
    private(set) var recognisedAt: Double?

    /// Follows one worker result: a frame without a face ends the visit.
    mutating func add(frameTime: Double, hasFace: Bool, confirmed: Bool) {
        guard hasFace else {
            self = FaceVisit()
            return
        }
        if appearedAt == nil { appearedAt = frameTime }
        if confirmed && recognisedAt == nil { recognisedAt = frameTime }
    }

    /// The figures for the log line written when the greeting is on the screen at `now` (frames' clock):
    /// nil when no face was followed or the clocks disagree (a scripted source with its own timestamps).
    func greetingTimes(now: Double) -> (afterFace: Double, recognisedAfter: Double)? {
        guard let appearedAt, let recognisedAt else { return nil }
        let afterFace = now - appearedAt
        guard afterFace >= 0, afterFace < 3600, recognisedAt >= appearedAt else { return nil }
        return (afterFace, recognisedAt - appearedAt)
    }
}
