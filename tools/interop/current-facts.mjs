// A downstream reader of Intake, as a district analyst would script it: the current facts of one partition of
// IntakeFacts (a week with its days, or a month, quarter or year), with the Chinese names of their org units and
// indicators, printed as JSON. It signs in with Entra ID (the deployed account has no shared keys):
//   INTAKE_TABLE_ENDPOINT=https://<account>.table.core.windows.net node current-facts.mjs 2022-W13
// DefaultAzureCredential takes `az login`, a managed identity or the AZURE_* variables of a service principal.
// With INTAKE_ACCESS_TOKEN set it uses that bearer token instead
// (`az account get-access-token --resource https://storage.azure.com --query accessToken -o tsv`).
import { TableClient } from "@azure/data-tables";
import { DefaultAzureCredential } from "@azure/identity";

const [partition] = process.argv.slice(2);
const endpoint = process.env.INTAKE_TABLE_ENDPOINT;
if (!partition || !endpoint) {
  console.error("usage: INTAKE_TABLE_ENDPOINT=https://<account>.table.core.windows.net node current-facts.mjs <week|month|quarter|year>");
  process.exit(2);
}

const token = process.env.INTAKE_ACCESS_TOKEN;
const credential = token
  ? { getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 50 * 60 * 1000 }) }
  : new DefaultAzureCredential();
const table = (name) => new TableClient(endpoint, name, credential);
const quoted = (text) => `'${text.replaceAll("'", "''")}'`;

async function rows(name, filter) {
  const found = [];
  for await (const entity of table(name).listEntities({ queryOptions: { filter } })) {
    found.push(entity);
  }
  return found;
}

// Current facts: rows whose submission is accepted or accepted_with_warnings (docs/storage-schema.md). Read the
// submissions, the facts, then the submissions again; once more if they changed, as a correction may be switching.
async function currentSubmissions(partitions) {
  const current = new Set();
  for (const p of partitions) {
    for (const s of await rows("IntakeSubmissions", `PartitionKey eq ${quoted(p)}`)) {
      if (s.Status === "accepted" || s.Status === "accepted_with_warnings") current.add(s.SubmissionId);
    }
  }
  return current;
}

let facts, current;
for (let attempt = 1; ; attempt++) {
  facts = await rows("IntakeFacts", `PartitionKey eq ${quoted(partition)}`);
  const partitions = [...new Set(facts.map((f) => f.SubmissionPartition))];
  const before = await currentSubmissions(partitions);
  facts = await rows("IntakeFacts", `PartitionKey eq ${quoted(partition)}`);
  current = await currentSubmissions([...new Set(facts.map((f) => f.SubmissionPartition))]);
  if (attempt >= 5 || (before.size === current.size && [...before].every((id) => current.has(id)))) break;
}

const units = new Map((await rows("IntakeOrgUnits", "PartitionKey eq 'catalog'")).map((u) => [u.Code, u.NameZh]));
const indicators = new Map((await rows("IntakeIndicators", "PartitionKey eq 'catalog'")).map((i) => [i.Code, i]));
const result = facts
  .filter((f) => current.has(f.SubmissionId))
  .map((f) => ({
    period: f.Period,
    orgUnit: f.OrgUnit,
    orgUnitName: units.get(f.OrgUnit) ?? f.OrgUnit,
    reporterName: units.get(f.Reporter) ?? f.Reporter,
    indicator: f.Indicator,
    indicatorName: indicators.get(f.Indicator)?.NameZh ?? f.Indicator,
    measure: f.Measure,
    value: f.Value,
    qualifier: f.Qualifier,
    unit: f.Unit,
  }));
process.stdout.write(JSON.stringify(result));
