import 'package:http/http.dart' as http;

class AssistantClient {
  static const base = 'https://api.maiagent.ai/api/v1';

  Future<http.Response> chatbots() => http.get(
        Uri.parse('$base/chatbots/'),
        headers: const {'Authorization': 'Api-Key {{key:maiagent}}'},
      );
}
