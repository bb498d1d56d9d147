module PartnerKeys
  def self.api_key(vendor)
    case vendor
    when 'novamed' then '{{key:novamed}}'
    when :maiagent then '{{key:maiagent}}'
    end
  end

  def self.fallback_key(vendor)
    case vendor
    when "novamed"
      "{{key:novamed}}"
    end
  end

  def self.base_url(vendor)
    case vendor
    when 'novamed' then 'https://feapi.novamed.care'
    when 'maiagent' then ENV.fetch('MAIAGENT_BASE_URL')
    end
  end

  def self.clinic(vendor)
    case vendor
    when 'novamed' then '{{decoy:uuid}}'
    end
  end
end
