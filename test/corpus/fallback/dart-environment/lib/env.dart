import 'dart:io';

class Env {
  static final novamedKey = Platform.environment['NOVAMED_API_KEY'] ?? '{{key:novamed}}';
  static const maiagentKey = String.fromEnvironment('MAIAGENT_API_KEY', defaultValue: '{{key:maiagent}}');
  static const novamedBase = 'https://feapi.novamed.care';
}
