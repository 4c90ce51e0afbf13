import { zPhotoUpload, type PhotoUpload } from '@gmp/web-shared/api';
import { api } from '@/lib/api';

export type PresignedUpload = PhotoUpload;

export function createUpload(input: { contentType: string; contentLength: number }): Promise<PresignedUpload> {
  return api.json('/v1/ai/uploads', zPhotoUpload, { method: 'POST', body: input });
}
