package care.clinic;

/** Keys of the partner APIs, one constant per vendor. */
public enum PartnerKey {
    NOVAMED("{{key:novamed}}"),
    MAIAGENT("{{key:maiagent}}");

    private final String value;

    PartnerKey(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
