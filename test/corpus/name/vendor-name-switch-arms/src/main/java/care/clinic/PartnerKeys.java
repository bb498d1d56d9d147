package care.clinic;

final class PartnerKeys {
    private PartnerKeys() {}

    static String keyFor(String vendor) {
        switch (vendor) {
            case "novamed":
                return "{{key:novamed}}";
            case "maiagent":
                return System.getenv("MAIAGENT_API_KEY");
            default:
                throw new IllegalArgumentException("unknown vendor " + vendor);
        }
    }

    static String hostFor(String vendor) {
        switch (vendor) {
            case "novamed": return "https://feapi.novamed.care";
            case "maiagent": return "https://api.maiagent.ai";
            default: return null;
        }
    }
}
