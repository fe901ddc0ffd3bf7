export default function Home() {
  return <main><h1>Gloss</h1></main>;
}
