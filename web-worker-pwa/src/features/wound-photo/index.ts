export { WoundPhotoField } from './components/WoundPhotoField';
