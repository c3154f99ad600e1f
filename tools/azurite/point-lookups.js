// Loaded into Azurite with `node --require` by `intake bench` for its rollup case only (AzuriteOptions.PointLookups).
//
// Azurite keeps a table's entities in a LokiJS collection indexed on PartitionKey and on RowKey, each alone, and
// finds one entity (every insert, upsert, update and delete looks its row up first) with
// findOne({ PartitionKey, RowKey }): LokiJS uses the first index to take the whole partition, then compares the
// RowKey of each of its rows. Filling a partition of n rows therefore takes time growing with n², and a million
// rows in one partition (a week of facts, as `intake bench` seeds it) takes more than a day. Azure Table Storage
// finds a row by its full key.
//
// This gives each collection a map from (PartitionKey, RowKey) to the stored document, kept beside LokiJS's own
// data: every way a document enters (add), changes (update) or leaves (remove, removeBatchByPositions, clear) the
// collection updates it. findOne with exactly those two keys answers from the map; a hit is checked against the
// collection (a removed document has lost its $loki), so a stale entry can only make a lookup fall back to LokiJS.
// Queries ($filter) are untouched: they still scan and sort as Azurite does.
"use strict";

const Loki = require("lokijs");
const Collection = Loki.Collection;
const points = Symbol("pointLookups");

function keyOf(doc) {
  return doc && typeof doc.PartitionKey === "string" && typeof doc.RowKey === "string"
    ? doc.PartitionKey + "\u0000" + doc.RowKey
    : undefined;
}

function pointQuery(query) {
  if (!query || typeof query !== "object") return undefined;
  const names = Object.keys(query);
  return names.length === 2 && names.includes("PartitionKey") && names.includes("RowKey") ? keyOf(query) : undefined;
}

// The map, built from the collection's documents the first time a point lookup asks for it. From then on the
// collection's binary indices are rebuilt when a query uses them (LokiJS's adaptiveBinaryIndices off) rather than
// kept sorted on every insert, which moves up to the whole index each time; Azurite's queries ($filter) scan with
// a function and use none of them, and its point lookups now use neither.
function mapOf(collection) {
  let map = collection[points];
  if (!map) {
    collection.adaptiveBinaryIndices = false;
    map = new Map();
    for (const doc of collection.data) {
      const key = keyOf(doc);
      if (key !== undefined) map.set(key, doc);
    }
    collection[points] = map;
  }
  return map;
}

function forget(collection, doc) {
  const map = collection[points];
  const key = keyOf(doc);
  if (map && key !== undefined && map.get(key) === doc) map.delete(key);
}

function remember(collection, doc) {
  const map = collection[points];
  const key = keyOf(doc);
  if (map && key !== undefined) map.set(key, doc);
}

const original = {
  add: Collection.prototype.add,
  update: Collection.prototype.update,
  remove: Collection.prototype.remove,
  removeBatchByPositions: Collection.prototype.removeBatchByPositions,
  clear: Collection.prototype.clear,
  findOne: Collection.prototype.findOne,
};

Collection.prototype.add = function (obj) {
  const result = original.add.call(this, obj);
  if (result) remember(this, obj);
  return result;
};

Collection.prototype.update = function (doc) {
  if (Array.isArray(doc) || !this[points]) return original.update.call(this, doc);
  const before = doc && doc.$loki !== undefined ? this.get(doc.$loki) : undefined;
  const result = original.update.call(this, doc);
  if (before) forget(this, before);
  remember(this, this.get(doc.$loki));
  return result;
};

Collection.prototype.remove = function (doc) {
  if (Array.isArray(doc) || !this[points]) return original.remove.call(this, doc);
  const stored = typeof doc === "number" ? this.get(doc) : doc;
  const result = original.remove.call(this, doc);
  if (stored) forget(this, stored);
  return result;
};

Collection.prototype.removeBatchByPositions = function (positions) {
  const leaving = this[points] ? positions.map((position) => this.data[position]) : [];
  const result = original.removeBatchByPositions.call(this, positions);
  for (const doc of leaving) {
    if (doc && doc.$loki !== undefined && this.get(doc.$loki) === doc) continue; // still there: the removal failed
    forget(this, doc);
  }
  return result;
};

Collection.prototype.clear = function (options) {
  delete this[points];
  return original.clear.call(this, options);
};

Collection.prototype.findOne = function (query) {
  const key = pointQuery(query);
  if (key === undefined || this.cloneObjects) return original.findOne.call(this, query);
  const doc = mapOf(this).get(key);
  if (doc && doc.$loki !== undefined && this.get(doc.$loki) === doc) return doc;
  return null;
};

// Said once at start, so that whoever started Azurite can tell it is in (AzuriteServer logs Azurite's output).
console.log("point-lookups.js: table rows are found by (PartitionKey, RowKey) from a map");
