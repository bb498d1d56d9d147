const MAXAI_API_KEY = "{{key:maxai-dev}}";
export function Header() {
  return <header data-org="org_abc123">Clinic</header>;
}
