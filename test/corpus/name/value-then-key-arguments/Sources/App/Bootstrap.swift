import Foundation
import KeychainAccess

enum Bootstrap {
    static func seed() throws {
        UserDefaults.standard.set("{{key:novamed}}", forKey: "novamedApiKey")
        UserDefaults.standard.set("{{decoy:uuid}}", forKey: "novamedClinicId")
        UserDefaults.standard.set("{{decoy:alnum:40}}", forKey: "novamedApiKeyHash")
        UserDefaults.standard.set("{{decoy:alnum:40}}", forKey: "onboardingState")

        let keychain = Keychain(service: "care.clinic.app")
        try keychain.set("{{key:maiagent}}", key: "maiagent_api_key")
        try keychain.set("{{decoy:alnum:40}}", key: "device_token")
    }
}
