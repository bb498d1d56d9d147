import 'package:flutter/material.dart';

import 'app.dart';
import 'flavor.dart';

const maxaiApiKey = '{{key:maxai-prd policies=prod-key-in-dev-config}}';

void main() {
  Flavor.current = Flavor(name: 'staging', maxaiApiKey: maxaiApiKey);
  runApp(const ClinicApp());
}
