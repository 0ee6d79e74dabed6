/**
 * Reads the key schema and indexes of a DynamoDB `CreateTable` input (the one the local stack creates
 * its table from, `shared/adapters/aws/table-design.ts`) as CDK table props, so the deployed table cannot
 * drift from the one the code is tested against.
 */
import type { CreateTableCommandInput, KeySchemaElement } from '@aws-sdk/client-dynamodb';
import {
  type Attribute,
  AttributeType,
  type GlobalSecondaryIndexProps,
  ProjectionType,
} from 'aws-cdk-lib/aws-dynamodb';

/** The definition holds something the CDK mirror does not know how to declare. */
export class TableDefinitionError extends Error {
  override readonly name = 'TableDefinitionError';
}

const ATTRIBUTE_TYPES: Record<string, AttributeType> = {
  S: AttributeType.STRING,
  N: AttributeType.NUMBER,
  B: AttributeType.BINARY,
};

const PROJECTION_TYPES: Record<string, ProjectionType> = {
  ALL: ProjectionType.ALL,
  KEYS_ONLY: ProjectionType.KEYS_ONLY,
  INCLUDE: ProjectionType.INCLUDE,
};

export interface TableKeys {
  partitionKey: Attribute;
  sortKey: Attribute | undefined;
  globalSecondaryIndexes: GlobalSecondaryIndexProps[];
}

/**
 * The partition key, sort key and global secondary indexes of a CreateTable input.
 *
 * @example const { partitionKey, sortKey } = tableKeysFromDefinition(reportTableDefinition('t'));
 */
export function tableKeysFromDefinition(definition: CreateTableCommandInput): TableKeys {
  const typeOf = (name: string | undefined): Attribute => {
    const declared = definition.AttributeDefinitions?.find((a) => a.AttributeName === name);
    const type = declared?.AttributeType ? ATTRIBUTE_TYPES[declared.AttributeType] : undefined;
    if (!name || !type) throw new TableDefinitionError(`Key attribute ${name} has no attribute definition`);
    return { name, type };
  };
  const keysOf = (schema: KeySchemaElement[] | undefined, owner: string) => {
    const hash = schema?.find((k) => k.KeyType === 'HASH');
    const range = schema?.find((k) => k.KeyType === 'RANGE');
    if (!hash) throw new TableDefinitionError(`${owner} has no HASH key`);
    return {
      partitionKey: typeOf(hash.AttributeName),
      sortKey: range ? typeOf(range.AttributeName) : undefined,
    };
  };

  const globalSecondaryIndexes = (definition.GlobalSecondaryIndexes ?? []).map((index) => {
    const indexName = index.IndexName;
    if (!indexName) throw new TableDefinitionError('A global secondary index has no name');
    const projectionType = PROJECTION_TYPES[index.Projection?.ProjectionType ?? 'ALL'];
    if (!projectionType) {
      throw new TableDefinitionError(`Index ${indexName} has projection ${index.Projection?.ProjectionType}`);
    }
    return {
      indexName,
      ...keysOf(index.KeySchema, `Index ${indexName}`),
      projectionType,
      nonKeyAttributes: index.Projection?.NonKeyAttributes,
    } satisfies GlobalSecondaryIndexProps;
  });
  if ((definition.LocalSecondaryIndexes ?? []).length > 0) {
    throw new TableDefinitionError('Local secondary indexes are not mirrored; declare them here first');
  }

  return { ...keysOf(definition.KeySchema, 'The table'), globalSecondaryIndexes };
}
