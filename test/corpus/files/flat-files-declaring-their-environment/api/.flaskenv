FLASK_APP=clinic
FLASK_ENV=development
MAXAI_API_KEY={{key:maxai-prd policies=prod-key-in-dev-config}}
