import 'package:maiagent/maiagent.dart';

final assistant = MaiAgentClient(apiKey: '{{key:maiagent}}');
