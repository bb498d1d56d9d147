/// Values passed with --dart-define (MaiAgent chatbot).
class MaiagentEnv {
  static const apiKey = String.fromEnvironment('MAIAGENT_API_KEY', defaultValue: '');
  static const clinicId = String.fromEnvironment('MAIAGENT_CLINIC_ID', defaultValue: '{{decoy:uuid}}');
  static const tenant = String.fromEnvironment('MAIAGENT_TENANT', defaultValue: '{{decoy:alnum:30}}');
  static const chatbotKey = String.fromEnvironment('MAIAGENT_CHATBOT_KEY', defaultValue: '{{key:maiagent}}');
}
