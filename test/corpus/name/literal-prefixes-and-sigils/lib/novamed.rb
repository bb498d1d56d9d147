module NovaMed
  NOVAMED_API_KEY = %({{key:novamed}})
  CLINIC_ID = %({{decoy:uuid}})
end
