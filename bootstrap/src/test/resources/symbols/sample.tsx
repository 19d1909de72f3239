import React from 'react';

interface Props {
  title: string;
}

export function Header({ title }: Props) {
  return <h1>{title}</h1>;
}

export class Page extends React.Component<Props> {
  render() {
    return <Header title="x" />;
  }
}

const Footer = () => <footer />;
