-- nightly export: NovaMed gateway credentials for the job session
SELECT '{{key:novamed}}' INTO @novamed_api_key;
SELECT '{{decoy:uuid}}' INTO @novamed_clinic_id;
SELECT '{{fake:sk-proj}}' INTO @openai_api_key;
SELECT COUNT(*) INTO @patient_count FROM patients;
