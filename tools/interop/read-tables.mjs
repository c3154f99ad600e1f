// Reads one partition of Intake tables with the JavaScript SDK and prints it as JSON:
//   node read-tables.mjs "<connection string>" <table> <partitionKey>
import { TableClient } from "@azure/data-tables";

const [connection, table, partition] = process.argv.slice(2);
if (!connection || !table || !partition) {
  console.error("usage: node read-tables.mjs <connection string> <table> <partitionKey>");
  process.exit(2);
}

const client = TableClient.fromConnectionString(connection, table, { allowInsecureConnection: true });
const rows = [];
for await (const entity of client.listEntities({ queryOptions: { filter: `PartitionKey eq '${partition.replaceAll("'", "''")}'` } })) {
  rows.push(entity);
}
process.stdout.write(JSON.stringify(rows));
