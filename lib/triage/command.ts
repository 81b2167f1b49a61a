/**
 * The PowerShell one-liner the triage page offers: the Exchange events of the Application log of
 * the last 24 hours, as Export-Csv writes them (one of the accepted formats; its Message column
 * carries the rendered description the templates are matched against).
 */
export const exportCommand =
  "Get-WinEvent -FilterHashtable @{ LogName = 'Application'; StartTime = (Get-Date).AddDays(-1) } | Where-Object ProviderName -like 'MSExchange*' | Export-Csv -Path .\\transport-events.csv -NoTypeInformation -Encoding UTF8";
