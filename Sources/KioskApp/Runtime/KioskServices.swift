import Camera
import KioskStore

/// The door's use-case services, built together once the database is open: each holds the store and what
/// it needs, never an optional part.
struct KioskServices: Sendable {
    let store: KioskStore
    let checkIn: CheckInService
    let staff: StaffService
    let enrolment: EnrolmentService
    let technician: TechnicianService
    let sync: SyncService

    /// - Parameters:
    ///   - devices: the camera and the models (the technician's actions, the camera's status for heartbeats).
    ///   - progress: the start-up panel (the technician's reopen and reload update it).
    ///   - rosterChanged: rebuilds the gallery after a roster pull changed templates.
    init(door: DoorContext, store: KioskStore, devices: DoorDevices, progress: StartupProgress,
         rosterChanged: @escaping @Sendable () async throws -> Void) {
        self.store = store
        checkIn = CheckInService(door: door, store: store)
        staff = StaffService(door: door, store: store, checkIn: checkIn)
        enrolment = EnrolmentService(door: door, store: store)
        technician = TechnicianService(door: door, store: store, devices: devices, progress: progress)
        sync = SyncService(door: door, store: store, cameraStatus: { [devices] in devices.source?.status }, rosterChanged: rosterChanged,
                           refreshQueuedCount: { [checkIn] in await checkIn.refreshQueuedCount() })
    }
}
