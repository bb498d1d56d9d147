import 'package:maiagent/maiagent.dart';

/// FAQ assistant used by the waiting-room tablet.
final assistant = MaiAgentClient(apiKey: '{{key:maiagent}}');

Future<String> ask(String question) async {
  final reply = await assistant.chat(chatbotId: 'faq', message: question);
  return reply.content;
}
