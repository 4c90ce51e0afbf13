import { zPhotoUpload, type PhotoUpload } from '@gmp/web-shared/api';
import { apiRequest } from '@/lib/api-client';

export type PresignedUpload = PhotoUpload;

export function createUpload(input: { contentType: string; contentLength: number }): Promise<PresignedUpload> {
  return apiRequest('/ai/uploads', { method: 'POST', body: input, schema: zPhotoUpload });
}
