import { graphql } from '../../../gql';

export const RequestDataExportDocument = graphql(`
  mutation RequestDataExport {
    requestDataExport
  }
`);
