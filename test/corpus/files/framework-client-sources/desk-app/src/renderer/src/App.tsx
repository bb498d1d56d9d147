const MAIAGENT_API_KEY = '{{key:maiagent policies=key-in-client-bundle}}';

export default function App() {
  return <Chat apiKey={MAIAGENT_API_KEY} />;
}
