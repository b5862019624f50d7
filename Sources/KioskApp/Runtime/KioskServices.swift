import Camera
import KioskStore

/// The door's use-case services, built together once the database is open: each holds the store and what
/// it needs, never an optional part.
struct KioskServices: Sendable {
    let store: KioskStore
    let checkIn: CheckInService
    let staff: StaffService
    let enrolment: EnrolmentService
    let sync: SyncService

    /// - Parameters:
    ///   - cameraStatus: the camera's status now, for heartbeats.
    ///   - rosterChanged: rebuilds the gallery after a roster pull changed templates.
    init(door: DoorContext, store: KioskStore, cameraStatus: @escaping @Sendable () -> CaptureStatus?,
         rosterChanged: @escaping @Sendable () async throws -> Void) {
        self.store = store
        checkIn = CheckInService(door: door, store: store)
        staff = StaffService(door: door, store: store, checkIn: checkIn)
        enrolment = EnrolmentService(door: door, store: store)
        sync = SyncService(door: door, store: store, cameraStatus: cameraStatus, rosterChanged: rosterChanged,
                           refreshQueuedCount: { [checkIn] in await checkIn.refreshQueuedCount() })
    }
}
