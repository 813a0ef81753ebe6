import { graphql } from '../../gql';

export const RequestPhotoUploadDocument = graphql(`
  mutation RequestPhotoUpload($input: PhotoUploadInput!) {
    requestPhotoUpload(input: $input) {
      photo {
        id
        status
      }
      uploadUrl
      uploadHeaders {
        name
        value
      }
      expiresAt
    }
  }
`);
