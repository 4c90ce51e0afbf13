export { HistoryList } from './components/HistoryList';
