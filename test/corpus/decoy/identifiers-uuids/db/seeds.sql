-- clinics that use the NovaMed pharmacy integration
INSERT INTO clinics (id, name, novamed_clinic_id, maiagent_chatbot_id) VALUES
  ('{{decoy:uuid}}', 'North', '{{decoy:uuid}}', '{{decoy:uuid}}'),
  ('{{decoy:uuid}}', 'South', '{{decoy:uuid}}', '{{decoy:uuid}}');
