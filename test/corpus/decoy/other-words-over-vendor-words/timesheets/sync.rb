# kimai_agent: pushes timesheets to the Kimai server
class TimesheetSync
  API_TOKEN = "{{decoy:maiagent}}"

  def headers
    { "X-AUTH-TOKEN" => API_TOKEN }
  end
end
